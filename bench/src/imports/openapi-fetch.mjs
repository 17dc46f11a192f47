// Cold import of openapi-fetch (the whole package, as a process).
import "openapi-fetch";
