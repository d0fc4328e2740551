from compliance.tools.bench import main

raise SystemExit(main())
