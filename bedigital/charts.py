"""Charts of figure series, drawn on the server as accessible SVG: no JavaScript, no library
in the browser. Each chart comes with what a chart alone cannot give everyone: a text summary
(also the SVG's description), a data table with every value, and a CSV download.

Colours are the Okabe–Ito palette, told apart by people with any common colour-vision
deficiency; each area also has its own marker shape and line pattern, so nothing depends on
colour alone. Illustrative values are drawn hollow and say so in their label.
"""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .vocabularies import FigureArea, FigureUnit

# Okabe & Ito (2008): blue, vermillion, bluish green, reddish purple, orange, sky blue, black
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
MARKERS = ["circle", "square", "diamond", "triangle", "circle", "square", "diamond"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"]
AREA_ORDER = list(FigureArea.values)

WIDTH, HEIGHT = 360, 250
LEFT, RIGHT, TOP, BOTTOM = 46, 16, 14, 30
FONT = 15  # viewBox units: about 12 px on a 320 px phone


def format_value(value, unit: str) -> str:
    """A value as people in each language write it: "19,4 %", "8 in 1.000", "584.000"."""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 1
    number = number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    if unit == FigureUnit.PERCENT:
        return _("%(number)s%%") % {"number": number}
    if unit == FigureUnit.PER_THOUSAND:
        return _("%(number)s in 1,000") % {"number": number}
    return number


@dataclass
class Point:
    year: int
    value: Decimal
    illustrative: bool
    text: str  # the value, formatted


@dataclass
class Line:
    area: str
    label: str
    colour: str
    marker: str
    dash: str
    points: list[Point] = field(default_factory=list)

    @property
    def swatch(self) -> SafeString:
        """The legend's sample of this line: its colour, pattern and marker."""
        dash = format_html(' stroke-dasharray="{}"', self.dash) if self.dash else ""
        paint = format_html('fill="{}" stroke="{}" stroke-width="2"', self.colour, self.colour)
        return format_html(
            '<svg class="swatch" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">'
            '<line x1="0" x2="34" y1="7" y2="7" stroke="{}" stroke-width="2.5"{}/>{}</svg>',
            self.colour,
            dash,
            shape_svg(self.marker, 17, 7, paint),
        )


@dataclass
class Chart:
    key: str
    kind: str
    lines: list[Line]
    svg: SafeString
    summary: str
    has_illustrative: bool

    @property
    def rows(self):
        """The data table: one row per area and year, in the order of the legend."""
        return [(line, point) for line in self.lines for point in line.points]


def nice_ceiling(value: float) -> tuple[float, float]:
    """An axis top above `value` and its step: 4 or 5 round steps (1, 2, 2.5 or 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0, 0.25
    for exponent in range(math.floor(math.log10(value)) - 1, math.floor(math.log10(value)) + 2):
        for base in (1, 2, 2.5, 5):
            step = base * 10**exponent
            if step * 5 >= value:
                return step * math.ceil(value / step), step
    return value, value / 4


def lines_of(series, points) -> list[Line]:
    by_area: dict[str, list] = {}
    for point in points:
        by_area.setdefault(point.area, []).append(point)
    lines = []
    for index, area in enumerate(sorted(by_area, key=AREA_ORDER.index)):
        line = Line(
            area,
            str(FigureArea(area).label),
            PALETTE[index % len(PALETTE)],
            MARKERS[index % len(MARKERS)],
            DASHES[index % len(DASHES)],
        )
        for point in sorted(by_area[area], key=lambda p: p.year):
            text = format_value(point.value, series.unit)
            line.points.append(Point(point.year, point.value, point.illustrative, text))
        lines.append(line)
    return lines


def point_title(line: Line, point: Point) -> str:
    title = f"{line.label}, {point.year}: {point.text}"
    return f"{title} ({_('illustrative')})" if point.illustrative else title


def shape_svg(shape: str, x: float, y: float, attributes: SafeString, inner="") -> SafeString:
    """A marker: circle, square, diamond or triangle centred on (x, y)."""
    if shape == "square":
        return format_html(
            '<rect x="{}" y="{}" width="9" height="9" {}>{}</rect>',
            f"{x - 4.5:.1f}",
            f"{y - 4.5:.1f}",
            attributes,
            inner,
        )
    if shape in {"diamond", "triangle"}:
        if shape == "diamond":
            corners = [(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)]
        else:
            corners = [(x, y - 6), (x + 6, y + 5), (x - 6, y + 5)]
        path = " ".join(f"{a:.1f},{b:.1f}" for a, b in corners)
        return format_html('<polygon points="{}" {}>{}</polygon>', path, attributes, inner)
    return format_html(
        '<circle cx="{}" cy="{}" r="5" {}>{}</circle>', f"{x:.1f}", f"{y:.1f}", attributes, inner
    )


def marker(line: "Line", point: Point, x: float, y: float) -> SafeString:
    """A data point, with its area, year and value as attributes and its label as title."""
    attributes = format_html(
        'class="point" data-area="{}" data-year="{}" data-value="{}" fill="{}" stroke="{}" '
        'stroke-width="2"',
        line.area,
        point.year,
        point.value,
        "#ffffff" if point.illustrative else line.colour,
        line.colour,
    )
    title = format_html("<title>{}</title>", point_title(line, point))
    return shape_svg(line.marker, x, y, attributes, title)


def line_svg(series, lines: list[Line]) -> SafeString:
    years = sorted({p.year for line in lines for p in line.points})
    top, step = nice_ceiling(float(max(p.value for line in lines for p in line.points)))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(year):
        if len(years) == 1:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (year - years[0]) / (years[-1] - years[0])

    def y_of(value):
        return TOP + plot_h * (1 - float(value) / top)

    parts = []
    ticks = round(top / step)
    for i in range(ticks + 1):
        value = step * i
        y = y_of(value)
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d6ccc2"/>'
                '<text x="{}" y="{}" text-anchor="end" font-size="{}">{}</text>',
                LEFT,
                WIDTH - RIGHT,
                f"{y:.1f}",
                f"{y:.1f}",
                LEFT - 6,
                f"{y + 4:.1f}",
                FONT,
                format_value(Decimal(str(round(value, 2))), series.unit),
            )
        )
    every = max(1, math.ceil(len(years) / 6))  # at most six year labels: room at 320 px
    for index, year in enumerate(years):
        if index % every == 0 or index == len(years) - 1:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" text-anchor="{}" font-size="{}">{}</text>',
                    f"{x_of(year):.1f}",
                    HEIGHT - 8,
                    "end" if index == len(years) - 1 and len(years) > 1 else "middle",
                    FONT,
                    year,
                )
            )
    for line in lines:
        coordinates = " ".join(f"{x_of(p.year):.1f},{y_of(p.value):.1f}" for p in line.points)
        parts.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5"{}/>',
                coordinates,
                line.colour,
                format_html(' stroke-dasharray="{}"', line.dash) if line.dash else "",
            )
        )
        for point in line.points:
            parts.append(marker(line, point, x_of(point.year), y_of(point.value)))
    return mark_safe("".join(parts))


def bar_svg(series, lines: list[Line]) -> tuple[SafeString, int]:
    """The latest value of each area as a horizontal bar, its name above it."""
    top, _step = nice_ceiling(float(max(line.points[-1].value for line in lines)))
    row = 46
    parts = []
    for index, line in enumerate(lines):
        point = line.points[-1]
        y = TOP + index * row
        length = (WIDTH - 2 * RIGHT - 60) * float(point.value) / top
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="{}">{} ({})</text>',
                RIGHT,
                y + FONT,
                FONT,
                line.label,
                point.year,
            )
        )
        fill = "#ffffff" if point.illustrative else line.colour
        parts.append(
            format_html(
                '<rect class="point" data-area="{}" data-year="{}" data-value="{}" x="{}" y="{}" '
                'width="{}" height="18" fill="{}" stroke="{}" stroke-width="2"><title>{}</title>'
                "</rect>"
                '<text x="{}" y="{}" font-size="{}">{}</text>',
                line.area,
                point.year,
                point.value,
                RIGHT,
                y + 20,
                f"{max(length, 1):.1f}",
                fill,
                line.colour,
                point_title(line, point),
                f"{RIGHT + max(length, 1) + 6:.1f}",
                y + 34,
                FONT,
                point.text,
            )
        )
    return mark_safe("".join(parts)), TOP + len(lines) * row


def summary_of(series, kind: str, lines: list[Line]) -> str:
    sentences = []
    if kind == "bar":
        latest = sorted(lines, key=lambda line: line.points[-1].value)
        high, low = latest[-1], latest[0]
        sentences.append(
            _("Highest: %(area)s, %(value)s in %(year)s.")
            % {"area": high.label, "value": high.points[-1].text, "year": high.points[-1].year}
        )
        if low is not high:
            sentences.append(
                _("Lowest: %(area)s, %(value)s in %(year)s.")
                % {"area": low.label, "value": low.points[-1].text, "year": low.points[-1].year}
            )
    else:
        for line in lines:
            first, last = line.points[0], line.points[-1]
            if first is last:
                sentences.append(
                    _("%(area)s: %(value)s in %(year)s.")
                    % {"area": line.label, "value": first.text, "year": first.year}
                )
            else:
                sentences.append(
                    _("%(area)s: from %(first)s in %(start)s to %(last)s in %(end)s.")
                    % {
                        "area": line.label,
                        "first": first.text,
                        "start": first.year,
                        "last": last.text,
                        "end": last.year,
                    }
                )
    if any(p.illustrative for line in lines for p in line.points):
        sentences.append(_("Values marked illustrative are not published figures."))
    return " ".join(sentences)


def chart_for(series, points) -> Chart | None:
    """The chart of `series` from its `points` (already read), or None without any."""
    lines = lines_of(series, points)
    if not lines:
        return None
    kind = series.chart
    title_id, desc_id = f"chart-{series.key}-title", f"chart-{series.key}-desc"
    summary = summary_of(series, kind, lines)
    if kind == "bar":
        body, height = bar_svg(series, lines)
    else:
        body, height = line_svg(series, lines), HEIGHT
    svg = format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{} {}" font-family="system-ui, sans-serif" fill="#221b26">'
        '<title id="{}">{}</title><desc id="{}">{}</desc>{}</svg>',
        WIDTH,
        height,
        title_id,
        desc_id,
        title_id,
        str(series),
        desc_id,
        summary,
        body,
    )
    return Chart(
        series.key,
        kind,
        lines,
        svg,
        summary,
        any(p.illustrative for line in lines for p in line.points),
    )
