"""whybounce's benchmark (``make bench`` = ``python bench/run.py``).

Every figure is printed next to a reference measured in the same run on the same machine, because
absolute times on a shared machine are noise and ratios are the result.  See docs/performance.md.
"""
