"""What every browser test shares: axe-core and the phone she holds."""

from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
PHONE = {"width": 390, "height": 844}
