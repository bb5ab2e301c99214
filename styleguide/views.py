"""The living style guide at /<lang>/styleguide/: every component of the design system drawn by
the templates and stylesheets the site itself uses (docs/design.md).

For the people who build and edit the site, so staff only; it is a view, not a page, so no
sitemap, feed or search ever lists it, and it asks robots not to index it.
"""

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core.access import staff_only
from core.pagination import paginate
from styleguide import tokens


class SampleForm(forms.Form):
    """A form in the states a reader meets: help text, an error, a choice, a checkbox."""

    name = forms.CharField(
        label=_("Your name"), help_text=_("As you would like other members to see it.")
    )
    email = forms.EmailField(label=_("E-mail"))
    profession = forms.ChoiceField(
        label=_("Profession"),
        choices=[("", "—"), ("social-work", _("Social worker")), ("psychology", _("Psychologist"))],
        required=False,
    )
    agree = forms.BooleanField(label=_("I agree to the community rules"))


SPACES = ["space-3xs", "space-2xs", "space-xs", "space", "space-m", "space-l", "space-xl"]
TYPE_SCALE = ["text-3xl", "text-2xl", "text-xl", "text-l", "text-m", "text-s", "text-xs"]


@staff_only
def styleguide(request):
    form = SampleForm(data={"name": "Мария", "email": "maria@", "profession": ""})
    form.is_valid()
    values = tokens.tokens()
    return TemplateResponse(
        request,
        "styleguide/styleguide.html",
        {
            "colours": tokens.colours(),
            "pairs": tokens.pairs(),
            "spaces": [(name, values[name]) for name in SPACES],
            "type_scale": [(name, values[name]) for name in TYPE_SCALE],
            "sample_form": form,
            "sample_page": paginate(request, range(1, 241), per_page=10),
            "sample_quote": {
                "text": _(
                    "We did not need another manual. We needed to hear how colleagues did it."
                ),
                "attribution": _("A social worker at a focus group"),
            },
            "sample_call": {
                "text": _("Share a method that works in your service."),
                "button_label": _("Share a material"),
                "page": None,
                "url": "#component-blocks",
            },
            "chart_rows": [
                (_("Professionals trained"), 81, 80),
                (_("Focus groups held"), 3, 3),
                (_("Exchange visits"), 2, 4),
            ],
        },
    )
