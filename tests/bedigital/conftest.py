import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def generated_lists(module_db):
    """300 trainings and 150 initiatives from `generate_scale_data`, for a module comparing
    list counts with the database."""
    call_command(
        "generate_scale_data",
        trainings=300,
        initiatives=150,
        testimonials=0,
        organisations=10,
        stdout=io.StringIO(),
    )
