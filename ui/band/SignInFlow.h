#pragma once

class QWidget;

namespace oscalis::ui::band {

class BandContext;

/// The sign-in sequence at start-up and from the "Sign in…" button: the first-admin dialog when
/// no account exists, otherwise the login dialog; then, for someone in no band yet, "Create your
/// band / Join with an invite code". Stateless; GUI thread (runs modal dialogs).
class SignInFlow {
public:
    /// True when someone is signed in afterwards.
    static bool run(BandContext& context, QWidget* parent);
};

} // namespace oscalis::ui::band
