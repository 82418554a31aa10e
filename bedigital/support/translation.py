from modeltranslation.translator import TranslationOptions, register

from .models import Support


@register(Support)
class SupportTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "gives", "conditions", "how_to_apply")
