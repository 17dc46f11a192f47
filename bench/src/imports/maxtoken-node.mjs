// Cold import of @maxtoken/node (its built dist/index.js, with @maxtoken/core and core's dependencies).
import "@maxtoken/node";
