/** Each platform's saved edit page, where it is served, the account type to choose and its bio field. */
export const EDIT_PAGES = {
  x: {
    name: "X",
    url: "https://x.com/settings/profile",
    fixture: "x/edit-profile.nl.html",
    type: "corporate",
    bio: 'textarea[name="description"]',
  },
  instagram: {
    name: "Instagram",
    url: "https://www.instagram.com/accounts/edit/",
    fixture: "instagram/edit.nl.html",
    type: "corporate",
    bio: "textarea#pepBio",
  },
  linkedin: {
    name: "LinkedIn showcase page",
    url: "https://www.linkedin.com/showcase/104857600/admin/dashboard/",
    fixture: "linkedin/showcase-admin-edit.nl.html",
    type: "showcase",
    bio: "#organization-description-field",
  },
  facebook: {
    name: "Facebook",
    url: "https://www.facebook.com/fleuragema",
    fixture: "facebook/profile-bio-edit.nl.html",
    type: "corporate",
    bio: 'textarea[aria-label="Voer biotekst in"]',
  },
} as const;
