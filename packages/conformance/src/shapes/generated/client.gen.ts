// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import type { ClientOptions } from "@maxtoken/core";
import { BaseClient } from "@maxtoken/core/internal";
import { runtime } from "../runtime.ts";
import { AssistantsResource } from "./resources/assistants.gen.ts";
import { AudioSpeechResource } from "./resources/audio-speech.gen.ts";
import { AudioTranscriptionsResource } from "./resources/audio-transcriptions.gen.ts";
import { CompletionsResource } from "./resources/completions.gen.ts";
import { FilesResource } from "./resources/files.gen.ts";
import { ModelsResource } from "./resources/models.gen.ts";
import { OauthTokenResource } from "./resources/oauth-token.gen.ts";
import { UploadsPartsResource } from "./resources/uploads-parts.gen.ts";

/**
 * `Shapes` without its namespaces: the same options, key handling, retries and timeouts, for pages
 * that count their bytes. Pass it to the operations' standalone functions
 * (`listModels(client, ...)`) or to a resource class (`new ModelsResource(client)`): a bundler
 * then keeps only the operations the page calls, however many the spec has.
 *
 * @example
 * ```ts
 * const client = new ShapesBase();
 * const modelList = await listModels(client);
 * console.log(modelList);
 * ```
 */
export class ShapesBase extends BaseClient {
  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */
  constructor(options?: ClientOptions) {
    super(options, runtime);
  }
}

/**
 * Shapes API
 *
 * @example
 * ```ts
 * const client = new Shapes();
 * const modelList = await client.models.list();
 * console.log(modelList);
 * ```
 */
export class Shapes extends ShapesBase {
  /** `client.models` */
  readonly models: ModelsResource = new ModelsResource(this);

  /** `client.files` */
  readonly files: FilesResource = new FilesResource(this);

  /** `client.audio` */
  readonly audio: {
    /** `client.audio.speech` */
    readonly speech: AudioSpeechResource;
    /** `client.audio.transcriptions` */
    readonly transcriptions: AudioTranscriptionsResource;
  } = {
    speech: new AudioSpeechResource(this),
    transcriptions: new AudioTranscriptionsResource(this),
  };

  /** `client.uploads` */
  readonly uploads: {
    /** `client.uploads.parts` */
    readonly parts: UploadsPartsResource;
  } = {
    parts: new UploadsPartsResource(this),
  };

  /** `client.oauth` */
  readonly oauth: {
    /** `client.oauth.token` */
    readonly token: OauthTokenResource;
  } = {
    token: new OauthTokenResource(this),
  };

  /** `client.assistants` */
  readonly assistants: AssistantsResource = new AssistantsResource(this);

  /** `client.completions` */
  readonly completions: CompletionsResource = new CompletionsResource(this);
}
