"""The house's floors (README, "Where things live"): the ground floor (bedigital/, but for
the roofs in bedigital/site/ and bedigital/api/ and the URL configuration) imports no content
app; the roofs are imported by nobody but the URL configuration; and no module imports
itself in a circle."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    "trainings",
    "initiatives",
    "testimonials",
    "bedigital.support",
    "bedigital.careers",
    "bedigital.events",
)
# top-level packages (an app may live inside bedigital/)
PACKAGES = tuple(dict.fromkeys(("bedigital", *(app.split(".")[0] for app in APPS))))
ROOF = ("bedigital.site", "bedigital.alerts", "bedigital.api")
FRAME = ("bedigital.urls", "bedigital.settings", "bedigital.wsgi")  # may import anything


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package.replace(".", "/")).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imports(name: str, path: Path, module_level_only: bool) -> set[str]:
    """The project modules `name` imports (resolved to the longest known module name)."""
    tree = ast.parse(path.read_text())
    nodes = tree.body if module_level_only else ast.walk(tree)
    targets = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets |= {module, *(f"{module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            targets |= {alias.name for alias in node.names}
    return {t for t in targets if t.split(".")[0] in PACKAGES}


def known(target: str, names) -> str | None:
    while target and target not in names:
        target = target.rpartition(".")[0]
    return target or None


def graph(module_level_only: bool) -> dict[str, set[str]]:
    found = modules()
    edges = {}
    for name, path in found.items():
        targets = {known(t, found) for t in imports(name, path, module_level_only)}
        edges[name] = {t for t in targets if t and t != name}
    return edges


def within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def is_ground_floor(name: str) -> bool:
    return within(name, "bedigital") and not within(name, *ROOF, *FRAME, *APPS)


def test_the_ground_floor_imports_no_app_even_inside_functions():
    upward = {
        (name, target)
        for name, targets in graph(module_level_only=False).items()
        if is_ground_floor(name)
        for target in targets
        if within(target, *APPS, *ROOF)
    }
    assert not upward


def test_nothing_but_the_url_configuration_imports_the_roof():
    users = {
        name
        for name, targets in graph(module_level_only=False).items()
        if not within(name, *ROOF) and any(within(t, *ROOF) for t in targets)
    }
    assert users <= {"bedigital.urls"}


def test_no_module_imports_itself_in_a_circle():
    # Imports inside functions count too: they hide a circle, they do not remove it.
    edges = graph(module_level_only=False)
    circles, index, low, stack, on_stack, counter = [], {}, {}, [], set(), [0]

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    assert not circles


@pytest.mark.parametrize("app", APPS)
def test_every_content_app_declares_what_it_offers(app):
    assert (ROOT / app.replace(".", "/") / "portal.py").exists()
