from modeltranslation.translator import TranslationOptions, register

from .models import Initiative, StrategicObjective


@register(Initiative)
class InitiativeTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "background", "good_practice", "results", "image_alt")


@register(StrategicObjective)
class StrategicObjectiveTranslationOptions(TranslationOptions):
    fields = ("title",)
