/** The avatar as analysed, with the box of the logo the detector found drawn on it. */
import type { AvatarAnswer } from "@/utils/protocol";
import type { PanelTranslate } from "./messages";

export function AvatarThumbnail({
  url,
  answer,
  t,
}: {
  url: string;
  answer: AvatarAnswer | undefined;
  t: PanelTranslate;
}) {
  const outcome = answer?.status === "analysed" ? answer.outcome : undefined;
  const caption = !answer
    ? t("avatarAnalysing")
    : answer.status === "unreadable"
      ? t("avatarUnreadable")
      : outcome === "present"
        ? t("avatarLogoFound")
        : outcome === "uncertain"
          ? t("avatarUncertain")
          : t("avatarLogoNotFound");
  const box = answer?.status === "analysed" ? answer.box : undefined;
  return (
    <figure class="avatar">
      <div class="avatar-frame">
        <img src={url} alt={t("avatarAlt")} width={72} height={72} />
        {box && (
          <span
            class="avatar-box"
            aria-hidden="true"
            style={{
              left: `${box.x * 100}%`,
              top: `${box.y * 100}%`,
              width: `${box.width * 100}%`,
              height: `${box.height * 100}%`,
            }}
          />
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
