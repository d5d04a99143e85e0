from tests.intake.caches import _forget_derived_caches  # noqa: F401
