from django.db import migrations, models


class Migration(migrations.Migration):
    """The default order's index also holds the status: the facet index reads the whole
    order after a save from the index alone (PostgreSQL)."""

    dependencies = [("trainings", "0012_training_near_by_place")]

    operations = [
        migrations.RemoveIndex(model_name="training", name="training_soonest"),
        migrations.AddIndex(
            model_name="training",
            index=models.Index(
                fields=["next_start", "-publication_date", "id"],
                include=("status",),
                name="training_soonest",
            ),
        ),
    ]
