"""Editors preview drafts, scheduled and archived items on the public page layout."""

from django.urls import reverse
from django.utils.cache import add_never_cache_headers


class PreviewMixin:
    """For detail views of `Publishable` content: the public sees published items only; an
    editor who may edit an item sees it too, under a note that it is not public."""

    model = None

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        preview = not self.object.is_public
        if preview:
            opts = self.object._meta
            kwargs["edit_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.object.pk]
            )
        return super().get_context_data(preview=preview, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["preview"]:
            add_never_cache_headers(response)  # never kept by a browser or proxy cache
            response["X-Robots-Tag"] = "noindex"
        return response
