#include "ui/band/SignInFlow.h"

#include "auth/AccountService.h"
#include "ui/band/BandChoiceDialog.h"
#include "ui/band/BandContext.h"
#include "ui/band/FirstAdminDialog.h"
#include "ui/band/LoginDialog.h"

namespace oscalis::ui::band {

bool SignInFlow::run(BandContext& context, QWidget* parent) {
    auto first = context.accounts().needsFirstAdmin();
    if (first.ok() && first.value()) {
        FirstAdminDialog dialog(context, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        context.signIn(dialog.actor());
    } else {
        LoginDialog dialog(context, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        context.signIn(dialog.actor());
    }
    if (context.bands().empty()) {
        BandChoiceDialog choice(context, parent);
        choice.exec();
    }
    return context.signedIn();
}

} // namespace oscalis::ui::band
