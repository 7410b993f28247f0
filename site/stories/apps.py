from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Ashar: stories"

    def ready(self):
        """The search documents follow the stories' saves (`signals`); the cached story
        records follow every change of what they are built from (municipalities, whose
        names they show too, connect their own pages)."""
        from . import signals
        from .cache import facts_follow

        signals.connect()
        facts_follow(
            self.get_model("StoryPage"),
            self.get_model("StoryIndexPage"),
            *(
                self.apps.get_model("core", name)
                for name in ("Region", "District", "Topic", "VulnerableGroup", "Programme")
            ),
        )
