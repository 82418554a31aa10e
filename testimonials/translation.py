from modeltranslation.translator import TranslationOptions, register

from .models import Testimonial


@register(Testimonial)
class TestimonialTranslationOptions(TranslationOptions):
    fields = ("role", "employer", "quote", "story", "portrait_alt", "transcript")
