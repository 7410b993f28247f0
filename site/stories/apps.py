from django.apps import AppConfig


def invalidate_story_facts(**kwargs):
    from .cache import facts_invalidate

    facts_invalidate()


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Ashar: stories"

    def ready(self):
        """The cached story records follow every change of what they are built from."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        senders = [
            self.get_model("StoryPage"),
            self.get_model("StoryIndexPage"),
            self.apps.get_model("municipalities", "MunicipalityPage"),
            *(
                self.apps.get_model("core", name)
                for name in ("Region", "District", "Topic", "VulnerableGroup", "Programme")
            ),
        ]
        for sender in senders:
            for signal in (
                post_save,
                post_delete,
                page_published,
                page_unpublished,
                post_page_move,
            ):
                signal.connect(
                    invalidate_story_facts,
                    sender=sender,
                    dispatch_uid=f"stories-facts-{id(signal)}-{sender._meta.label}",
                )
