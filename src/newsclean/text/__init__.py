"""Text stages: flattened text to labelled lines and the main story's region.

``normalize`` (with ``markdown``) makes the text every offset points into,
``blocks`` cuts it into lines, ``features`` describes a line's shape,
``label`` decides what each line is (``comment_marks`` finds comment
sections), ``content`` picks the main story's region (``story_lists`` keeps
the lists a story introduces) and ``inline`` removes chrome inside a line.
The HTML route labels its blocks with the same stages.
"""
