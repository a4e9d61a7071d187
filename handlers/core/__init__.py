"""The conversation core: values, ports, the dialogue engine, routing, menus and jobs."""
