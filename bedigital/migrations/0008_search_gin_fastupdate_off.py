from django.db import migrations

INDEXES = [f"search_vector_{code}" for code in ("nl", "fr", "de", "en")] + [
    "search_title_vector",
    "search_title_trgm",
]


def fastupdate(value):
    """A GIN index with fastupdate queues new entries in a pending list that every search
    scans until VACUUM merges it: after a burst of edits the planner then counts by reading
    every vector (550 ms). Without it each write updates the index itself, and a search's
    plan does not depend on when VACUUM last ran."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name in INDEXES:
            schema_editor.execute(f"ALTER INDEX IF EXISTS {name} SET (fastupdate = {value})")
            if value == "off":  # merge what is pending now
                schema_editor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])

    return run


class Migration(migrations.Migration):
    dependencies = [("bedigital", "0007_synonyms")]

    operations = [migrations.RunPython(fastupdate("off"), fastupdate("on"))]
