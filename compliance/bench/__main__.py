from compliance.bench import main

raise SystemExit(main())
