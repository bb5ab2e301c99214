"""Charts drawn on the server: SVG bars from the same rows as the table that goes with them.

No script and no inline style (the CSP stays strict): a bar's length is an SVG attribute in a
0–100 viewBox. Every chart is also a table, so its numbers are read, copied and printed as
text; the bars only help the eye. `{% load charts %}` then `{% bar_chart rows caption %}`.
"""

from dataclasses import dataclass

from django import template

register = template.Library()


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    target: float | None
    length: float
    target_at: float | None

    @property
    def reached(self):
        return self.target is None or self.value >= self.target


def bars(rows):
    """Rows are (label, value) or (label, value, target); lengths are percentages of the largest."""
    rows = [(row[0], row[1], row[2] if len(row) > 2 else None) for row in rows]
    largest = max((max(value, target or 0) for _label, value, target in rows), default=0)
    scale = 100 / largest if largest else 0
    return [
        Bar(
            label=label,
            value=value,
            target=target,
            length=round(value * scale, 2),
            target_at=None if target is None else round(target * scale, 2),
        )
        for label, value, target in rows
    ]


@register.inclusion_tag("includes/bar_chart.html")
def bar_chart(rows, caption, value_label="", target_label=""):
    chart_bars = bars(rows)
    return {
        "bars": chart_bars,
        "caption": caption,
        "value_label": value_label,
        "target_label": target_label,
        "has_targets": any(bar.target is not None for bar in chart_bars),
    }
