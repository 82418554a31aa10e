"""Date and time formats where Django's own differ from how the portal's readers write them
(`FORMAT_MODULE_PATH`). Belgian English follows British conventions: "7 December 2026, 09:00",
not "Dec. 7, 2026, 9 a.m."."""
