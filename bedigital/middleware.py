from django.conf import settings
from django.db import connection
from django.db.backends.signals import connection_created
from django.dispatch import receiver


class StatementTimeoutMiddleware:
    """Bounds each SQL statement of a request on PostgreSQL: public pages by
    DB_STATEMENT_TIMEOUT, the admin (imports, bulk actions) by DB_ADMIN_STATEMENT_TIMEOUT.

    The limit is set per request, not in the connection options, so that management commands
    (migrate, generate_scale_data, VACUUM) run unbounded. A persistent connection keeps it: it
    is set again only on a new connection or when the kind of request changes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if connection.vendor == "postgresql":
            if request.path_info.startswith("/admin/"):
                seconds = settings.DB_ADMIN_STATEMENT_TIMEOUT
            else:
                seconds = settings.DB_STATEMENT_TIMEOUT
            set_statement_timeout(f"{round(seconds * 1000)}ms")
        return self.get_response(request)


def set_statement_timeout(value: str) -> None:
    with connection.wrap_database_errors:  # an unreachable database raises Django's errors
        # Django's check of a persistent connection, done here rather than at the first
        # query so that a dropped one is replaced, and set, now.
        connection.close_if_health_check_failed()
        kept = getattr(connection, "request_statement_timeout", None)
        if connection.connection is not None and kept == value:
            return
        connection.ensure_connection()
        # On the driver's connection, as Django sets the time zone: connection state, not a
        # query of the page.
        with connection.connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [value])
    # Inside a transaction (tests) the setting may be rolled back: then set it every time.
    connection.request_statement_timeout = None if connection.in_atomic_block else value


@receiver(connection_created)
def forget_statement_timeout(sender, connection, **kwargs):
    connection.request_statement_timeout = None
