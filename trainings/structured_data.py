"""schema.org Course / CourseInstance, for search engines and other platforms."""

from django.utils import timezone

from bedigital.i18n import localized
from bedigital.origin import absolute_url
from bedigital.vocabularies import Cost, SessionStatus, TrainingFormat

COURSE_MODE = {
    TrainingFormat.ONSITE: "Onsite",
    TrainingFormat.ONLINE: "Online",
    TrainingFormat.BLENDED: "Blended",
}


def course_json_ld(training, sessions) -> dict:
    url = absolute_url(training.get_absolute_url())
    provider = training.provider
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": url,
        "url": url,
        "name": str(localized(training, "title")),
        "description": str(localized(training, "summary")),
        "inLanguage": [term.code for term in training.languages.all()],
        "provider": {
            "@type": "Organization",
            "name": str(provider),
            "url": absolute_url(provider.get_absolute_url()),
        },
        "isAccessibleForFree": training.cost in {Cost.FREE, Cost.FREE_FOR_JOB_SEEKERS},
        "educationalLevel": training.get_level_display(),
        "hasCourseInstance": [course_instance(training, s) for s in sessions],
    }
    if training.price is not None:
        course["offers"] = {
            "@type": "Offer",
            "price": f"{training.price:.2f}",
            "priceCurrency": "EUR",
            "category": "Paid" if training.cost == Cost.PAID else "Subsidised",
        }
    elif course["isAccessibleForFree"]:
        course["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    if training.duration_hours:
        course["timeRequired"] = f"PT{training.duration_hours}H"
    return course


def course_instance(training, session) -> dict:
    instance = {
        "@type": "CourseInstance",
        "courseMode": "Online" if session.online else COURSE_MODE[training.format],
        "startDate": timezone.localtime(session.start).isoformat(),
        "endDate": timezone.localtime(session.last_end or session.end).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if session.status == SessionStatus.CANCELLED
        else "https://schema.org/EventScheduled",
    }
    if session.online:
        instance["location"] = {"@type": "VirtualLocation", "url": training.registration_url}
    elif session.place:
        instance["location"] = {
            "@type": "Place",
            "name": session.venue or session.address,
            "address": session.address or session.venue,
        }
    if session.capacity:
        instance["maximumAttendeeCapacity"] = session.capacity
    return instance
