"""schema.org Course / CourseInstance, for search engines and other platforms.

Google lists a course when it has `offers` (with a category; a price where one is known,
0 when free) and one `hasCourseInstance` per run with `courseMode`, `courseSchedule` (or
`courseWorkload` when self-paced), dates, `location` and `inLanguage`
(https://developers.google.com/search/docs/appearance/structured-data/course-info).
"""

from datetime import timedelta

from django.utils import timezone

from bedigital.i18n import localized
from bedigital.origin import absolute_url
from bedigital.vocabularies import Cost, SessionStatus, TrainingFormat

from .schedule import mask_weekdays

COURSE_MODE = {
    TrainingFormat.ONSITE: "Onsite",
    TrainingFormat.ONLINE: "Online",
    TrainingFormat.BLENDED: "Blended",
}
# Google's offer categories
OFFER_CATEGORY = {
    Cost.FREE: "Free",
    Cost.FREE_FOR_JOB_SEEKERS: "Partially Free",
    Cost.SUBSIDISED: "Paid",
    Cost.PAID: "Paid",
}
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def iso_duration(delta: timedelta) -> str:
    """ "PT2H30M": an ISO 8601 duration in hours and minutes."""
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def offers(training) -> list[dict]:
    """What it costs. Free for registered job seekers is an offer at 0 that says so, in the
    page's language (schema.org has no property for who may take an offer up: its
    `eligibleCustomerType` names kinds of businesses), then what others pay, where known."""
    data = {"@type": "Offer", "category": OFFER_CATEGORY[training.cost], "priceCurrency": "EUR"}
    if training.cost == Cost.FREE:
        return [{**data, "price": "0"}]
    if training.cost == Cost.FREE_FOR_JOB_SEEKERS:
        for_job_seekers = {**data, "price": "0", "description": str(training.get_cost_display())}
        if training.price is None:
            return [for_job_seekers]
        return [for_job_seekers, {**data, "category": "Paid", "price": f"{training.price:.2f}"}]
    if training.price is not None:
        data["price"] = f"{training.price:.2f}"
    return [data]


def course_json_ld(training, sessions) -> dict:
    url = absolute_url(training.get_absolute_url())
    provider = training.provider
    languages = [term.code for term in training.languages.all()]
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": url,
        "url": url,
        "name": str(localized(training, "title")),
        "description": str(localized(training, "summary")),
        "inLanguage": languages,
        "provider": {
            "@type": "Organization",
            "name": str(provider),
            "url": absolute_url(provider.get_absolute_url()),
        },
        # free for anyone who comes, not only for registered job seekers
        "isAccessibleForFree": training.cost == Cost.FREE,
        "educationalLevel": training.get_level_display(),
        "offers": offers(training),
        "hasCourseInstance": [course_instance(training, s, languages) for s in sessions]
        or [self_paced_instance(training, languages)],
    }
    if training.duration_hours:
        course["timeRequired"] = f"PT{training.duration_hours}H"
    return course


def course_schedule(session) -> dict:
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    rule = session.rule
    schedule = {
        "@type": "Schedule",
        "duration": iso_duration(end - start),
        "repeatCount": session.meeting_count,
        "repeatFrequency": "Weekly" if rule.repeats else "Daily",
        "startDate": start.date().isoformat(),
        "endDate": timezone.localtime(session.last_end or session.end).date().isoformat(),
        "startTime": start.strftime("%H:%M"),
        "endTime": end.strftime("%H:%M"),
        "scheduleTimezone": "Europe/Brussels",
    }
    if rule.repeats:
        schedule["byDay"] = [
            f"https://schema.org/{DAY_NAMES[day]}" for day in mask_weekdays(rule.days)
        ]
    return schedule


def location(training, session) -> dict:
    if session.online:
        return {
            "@type": "VirtualLocation",
            "url": training.registration_url or course_url(training),
        }
    address = {"@type": "PostalAddress", "addressCountry": "BE"}
    if session.address:
        address["streetAddress"] = session.address
    if session.venue_postcode:
        address["postalCode"] = session.venue_postcode
    if session.locality_id:
        address["addressLocality"] = session.locality.name
    elif training.municipality:
        address["addressLocality"] = training.municipality
    return {
        "@type": "Place",
        "name": session.venue or session.address or str(training.provider),
        "address": address,
    }


def course_url(training) -> str:
    return absolute_url(training.get_absolute_url())


def course_instance(training, session, languages) -> dict:
    instance = {
        "@type": "CourseInstance",
        "courseMode": "Online" if session.online else COURSE_MODE[training.format],
        "courseSchedule": course_schedule(session),
        "startDate": timezone.localtime(session.start).isoformat(),
        "endDate": timezone.localtime(session.last_end or session.end).isoformat(),
        "location": location(training, session),
        "inLanguage": languages,
        "eventStatus": "https://schema.org/EventCancelled"
        if session.status == SessionStatus.CANCELLED
        else "https://schema.org/EventScheduled",
    }
    if session.capacity:
        instance["maximumAttendeeCapacity"] = session.capacity
    return instance


def self_paced_instance(training, languages) -> dict:
    """A training without dated sessions (on demand): Google takes a workload instead of a
    schedule."""
    instance = {
        "@type": "CourseInstance",
        "courseMode": COURSE_MODE[training.format],
        "courseWorkload": f"PT{training.duration_hours}H" if training.duration_hours else "PT1H",
        "inLanguage": languages,
    }
    if training.format == TrainingFormat.ONLINE:
        instance["location"] = {
            "@type": "VirtualLocation",
            "url": training.registration_url or course_url(training),
        }
    return instance
