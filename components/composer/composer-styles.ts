/** The composer card's styles as a string for its shadow root (components/composer/composer.css). */
import composerCss from "./composer.css?inline";

export const COMPOSER_CSS: string = composerCss;
