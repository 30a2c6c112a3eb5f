"""fast_init: the faster constructor must build exactly what the dataclass's own would."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from newsclean.core import types as _types
from newsclean.core.fastinit import builder, fast_init

VALUE_CLASSES = [
    obj
    for obj in vars(_types).values()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == _types.__name__
]


def test_every_value_class_uses_it() -> None:
    assert len(VALUE_CLASSES) >= 10
    for cls in VALUE_CLASSES:
        assert cls.__new__.__qualname__ == f"{cls.__qualname__}.__new__"
        assert "_Twin" in cls.__new__.__code__.co_names  # the generated one
        assert "__init__" not in cls.__dict__  # (else it would set every field again)


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: c.__name__)
def test_signature_matches_the_fields(cls: type) -> None:
    params = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default is expected


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: c.__name__)
def test_positional_and_keyword_give_the_same_value(cls: type) -> None:
    fields = dataclasses.fields(cls)
    values = {f.name: object() for f in fields}  # distinct sentinels catch a swapped field
    by_position = cls(*values.values())
    by_name = cls(**values)
    for f in fields:
        assert getattr(by_position, f.name) is values[f.name]
        assert getattr(by_name, f.name) is values[f.name]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(by_name, fields[0].name, 1)


def test_defaults_are_filled_in() -> None:
    b = _types.Block(0, 1, 2, "x")
    assert b.blank_before == 0
    assert b == _types.Block(index=0, start=1, end=2, text="x", blank_before=0)
    assert hash(b) == hash(_types.Block(0, 1, 2, "x", 0))


def test_a_missing_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _types.Block(0, 1, 2)  # type: ignore[call-arg]


def test_unsupported_classes_are_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class Factory:
        items: list[int] = field(default_factory=list)

    @dataclass(slots=True)
    class Mutable:
        x: int

    @dataclass(frozen=True)
    class NoSlots:
        x: int

    for cls in (Factory, Mutable, NoSlots):
        with pytest.raises(TypeError):
            fast_init(cls)


def test_values_still_pickle_copy_and_replace() -> None:
    import copy
    import pickle

    from newsclean import clean

    page = clean("Council backs plan\n" + "The council approved the plan on Monday. " * 5)
    assert pickle.loads(pickle.dumps(page)) == page
    assert copy.deepcopy(page) == page
    article = page.articles[0]
    renamed = dataclasses.replace(article, title="Other")
    assert renamed.title == "Other"
    assert renamed.text == article.text


def test_a_value_built_through_the_twin_is_of_the_frozen_class() -> None:
    b = _types.Block(0, 1, 2, "x")
    assert type(b) is _types.Block
    assert isinstance(b, _types.Block)
    assert repr(b) == "Block(index=0, start=1, end=2, text='x', blank_before=0)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        b.text = "y"  # type: ignore[misc]


def test_a_subclass_is_built_through_the_descriptors() -> None:
    class Tagged(_types.Block):
        __slots__ = ("tag",)

    t = Tagged(0, 1, 2, "x", 3)
    assert type(t) is Tagged
    assert (t.index, t.start, t.end, t.text, t.blank_before) == (0, 1, 2, "x", 3)


def test_a_class_with_slots_besides_its_fields_is_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class Base:
        x: int

    @dataclass(frozen=True, slots=True)
    class Derived(Base):
        y: int

    with pytest.raises(TypeError):
        fast_init(Derived)


def test_every_value_class_pickles_and_copies_field_for_field() -> None:
    import copy
    import pickle

    for cls in VALUE_CLASSES:
        fields = dataclasses.fields(cls)
        value = cls(*(f"v{n}" for n in range(len(fields))))
        for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert type(again) is cls
            assert again == value


@pytest.mark.parametrize("cls", VALUE_CLASSES, ids=lambda c: c.__name__)
def test_a_builder_builds_what_the_class_call_builds(cls: type) -> None:
    fields = dataclasses.fields(cls)
    values = {f.name: object() for f in fields}
    make = builder(cls)
    for built in (make(*values.values()), make(**values)):
        assert type(built) is cls
        for f in fields:
            assert getattr(built, f.name) is values[f.name]
        assert built == cls(**values)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(built, fields[0].name, 1)
    if any(f.default is dataclasses.MISSING for f in fields):
        with pytest.raises(TypeError):
            make()


def test_a_builder_is_refused_for_other_classes() -> None:
    @dataclass(frozen=True, slots=True)
    class Plain:
        x: int

    class Tagged(_types.Block):
        __slots__ = ()

    for cls in (Plain, Tagged, int):
        with pytest.raises(TypeError):
            builder(cls)
