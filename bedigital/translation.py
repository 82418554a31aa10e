from modeltranslation.translator import TranslationOptions, register

from .models import FigureSeries, KeyFigure, Organisation, SitePage


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("label", "source")


@register(SitePage)
class SitePageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


@register(FigureSeries)
class FigureSeriesTranslationOptions(TranslationOptions):
    fields = ("title", "description")
