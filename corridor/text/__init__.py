"""Brief: extract reported figures from news text, compare sources, and summarise.

Everything here is pure (text in, findings with source spans out) except
:mod:`corridor.text.sources`, which reads files.
"""
