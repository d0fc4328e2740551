from compliance.tools.bench.cli import main

raise SystemExit(main())
