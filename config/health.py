"""/healthz: proof that a worker answers, and the benchmark's baseline.

It goes through the same middleware as every page, but touches neither the database nor
any cache, so it measures the cost of the stack itself.
"""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
