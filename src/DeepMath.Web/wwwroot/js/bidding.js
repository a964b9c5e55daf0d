// Progressive enhancement of the bidding forms: a changed bid is posted with fetch (the form's own
// antiforgery field travels in the FormData) and saved without a reload. Without this script the
// same forms post and redirect.
(function () {
    'use strict';
    document.querySelectorAll('form[data-bid-form]').forEach(function (form) {
        var select = form.querySelector('select[name="value"]');
        var status = form.querySelector('[data-bid-status]');
        var button = form.querySelector('button[type="submit"]');
        if (!select || !status) {
            return;
        }
        if (button) {
            button.hidden = true;
        }
        function save() {
            if (select.value === '') {
                return;
            }
            status.textContent = 'Saving…';
            fetch(form.action, {
                method: 'POST',
                body: new FormData(form),
                credentials: 'same-origin',
                headers: { 'Accept': 'application/json' }
            }).then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (data) {
                    status.textContent = response.ok ? 'Saved: ' + data.label : (data.error || 'Not saved (' + response.status + ').');
                    if (response.ok) {
                        var empty = select.querySelector('option[value=""]');
                        if (empty) {
                            empty.remove();
                        }
                    }
                });
            }).catch(function () {
                status.textContent = 'Not saved: the server could not be reached.';
            });
        }
        select.addEventListener('change', save);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            save();
        });
    });
})();
