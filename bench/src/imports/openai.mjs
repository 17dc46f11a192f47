// Cold import of the openai package (its ESM entry).
import "openai";
