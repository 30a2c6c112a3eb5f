"""HTML stages: a parsed page to blocks, the main story's element, cards and metadata.

``parse`` turns bytes or text into a tree, ``blocks`` walks it into text
blocks with their markup context, ``content`` picks the main story's
container, ``cards`` finds related-story modules and ``metadata`` reads
what the page states about itself (JSON-LD, ``<meta>``, ``<time>``). These
stages know nothing of the text stages; ``pipeline.html`` joins them.
"""
