"""Server-drawn bar charts: lengths from the data, targets marked, the same rows as a table."""

from django.template import Context, Template
from django.utils import translation

from core.charts import bars


def test_lengths_are_shares_of_the_largest_value_or_target():
    chart = bars([("a", 50, 100), ("b", 100), ("c", 0)])
    assert [bar.length for bar in chart] == [50.0, 100.0, 0.0]
    assert chart[0].target_at == 100.0
    assert chart[1].target_at is None
    assert not chart[0].reached and chart[1].reached


def test_an_empty_or_all_zero_chart_draws_no_bar_and_does_not_divide_by_zero():
    assert bars([]) == []
    assert [bar.length for bar in bars([("a", 0), ("b", 0)])] == [0, 0]


def test_the_chart_draws_svg_attributes_and_repeats_the_figures_in_a_table():
    with translation.override("bg"):
        html = Template("{% load charts %}{% bar_chart rows 'Trained' %}").render(
            Context({"rows": [("Ruse", 30, 40), ("Vidin", 40, 40)]})
        )
    # 30 of the largest 40, as an SVG attribute, with a decimal point in Bulgarian too.
    assert 'width="75.0"' in html
    assert "style=" not in html  # the CSP allows no inline style
    assert html.count("<tr>") == 3  # header and one row per bar
    assert "bar-chart__row--short" in html  # Ruse is short of its target
    assert "30 / 40" in html
