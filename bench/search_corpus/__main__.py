import argparse
import os
import sys


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m bench.search_corpus",
        description="Generate a large trilingual corpus (pages, threads, posts) with its search "
        "entries, for the search benchmark. The generated content is marked; --reset removes "
        "exactly it.",
    )
    parser.add_argument("--pages", type=int, default=10_000, help="Pages to add.")
    parser.add_argument("--posts", type=int, default=50_000, help="Posts to add.")
    parser.add_argument("--seed", type=int, default=1, help="The random generator's seed.")
    parser.add_argument(
        "--reset", action="store_true", help="Delete what an earlier run generated first."
    )
    parser.add_argument("--no-progress", action="store_true", help="No progress bars.")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from bench.search_corpus.build import CorpusError, generate

    try:
        generate(
            pages=args.pages,
            posts=args.posts,
            seed=args.seed,
            reset=args.reset,
            progress=not args.no_progress,
            log=print,
        )
    except CorpusError as error:
        sys.exit(f"Error: {error}")


if __name__ == "__main__":
    main()
