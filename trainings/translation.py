from modeltranslation.translator import TranslationOptions, register

from .models import Training


@register(Training)
class TrainingTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "prerequisites", "accessibility_info")
