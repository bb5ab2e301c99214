from wagtail import hooks


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """The page cache files a stored page with its tree path (cms.cache.restrictions)."""
    request.page_cache_tree_path = page.path
