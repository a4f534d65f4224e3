"""``python -m medenclave_cli``: the same as the ``medenclave`` command."""

import sys

from medenclave_cli.main import main

sys.exit(main())
