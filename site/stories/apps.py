from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Ashar: stories"

    def ready(self):
        """The cached story records follow every change of what they are built from
        (municipalities, whose names they show too, connect their own pages)."""
        from .cache import facts_follow

        facts_follow(
            self.get_model("StoryPage"),
            self.get_model("StoryIndexPage"),
            *(
                self.apps.get_model("core", name)
                for name in ("Region", "District", "Topic", "VulnerableGroup", "Programme")
            ),
        )
