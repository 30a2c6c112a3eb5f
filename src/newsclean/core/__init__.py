"""Core: the values every stage passes on, and the registries they name.

The bottom layer; it imports nothing else of newsclean. ``types`` holds the
frozen values (``Page``, ``Article``, ``Removal``...), ``options`` the one
options record, ``errors`` the exceptions, ``rules`` the registry of rule
names that removal records carry, ``lexicon`` the loader of the data files
under ``newsclean/data``, ``limits`` the size checks and time budget, and
``words`` the whitespace word count of long texts.
"""
