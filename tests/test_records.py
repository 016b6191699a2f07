"""The core's value classes (``whybounce.record.Record``): slots and constructor agree, equality and repr as a
dataclass gave them.  Every subclass in the core is found, so a class or a field added tomorrow is checked."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
import whybounce
import whybounce.formats
from whybounce.model import Evidence, Finding
from whybounce.record import Record


def _records() -> list[type[Record]]:
    for pkg in (whybounce, whybounce.formats):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            importlib.import_module(info.name)
    found: list[type[Record]] = []
    todo = list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


RECORDS = _records()


def _params(cls: type[Record]) -> list[inspect.Parameter]:
    return list(inspect.signature(cls.__init__).parameters.values())[1:]


def test_the_core_has_its_records() -> None:
    names = {c.__name__ for c in RECORDS}
    assert {"Evidence", "Card", "Finding", "Report", "MessageResult", "LineResult", "Part", "DeliveryStatus",
            "Facts"} <= names


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_every_parameter_is_a_slot_and_every_slot_is_set(cls: type[Record]) -> None:
    slots = set(cls.__slots__)
    params = [p.name for p in _params(cls)]
    assert set(params) <= slots, f"parameters without a slot: {set(params) - slots}"
    extra = slots - set(params)
    assert all(name.startswith("_") for name in extra), f"slots that are not parameters: {extra}"
    assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in _params(cls))  # positional or keyword, as before
    obj = cls(**{p.name: object() for p in _params(cls) if p.default is p.empty})
    for name in cls.__slots__:
        getattr(obj, name)  # AttributeError: __init__ does not assign it


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_equality_and_repr_follow_the_parameters(cls: type[Record]) -> None:
    values: dict[str, Any] = {p.name: f"v-{p.name}" for p in _params(cls)}
    a, b = cls(**values), cls(**values)
    assert a == b and not (a != b)
    shown = ", ".join(f"{name}={value!r}" for name, value in values.items())
    assert repr(a) == f"{cls.__name__}({shown})"
    for name in values:
        other = cls(**{**values, name: "different"})
        assert a != other, name
    with pytest.raises(TypeError):
        hash(a)


def test_defaults_are_fresh_per_instance() -> None:
    one, two = Finding(None, None, None, None, None, False, None, None), Finding(None, None, None, None, None,
                                                                                 False, None, None)
    one.sources["dsn_status"] = "5.1.1"
    assert two.sources == {}
    assert Evidence() == Evidence() and Evidence(address="a@b") != Evidence()
    assert Evidence() != object()
