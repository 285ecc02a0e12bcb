"""newsbot core: platform-neutral models, parsing, extraction, services and delivery."""
