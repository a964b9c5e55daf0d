// Drag and drop for the program editor, where JavaScript runs: dropping an item or a not-yet-placed abstract
// on a session fills the page's hidden move or place form and posts it, exactly as the buttons do without
// JavaScript (the form carries its own antiforgery field and the page's revision).
(function () {
    'use strict';
    var editor = document.querySelector('[data-program-editor]');
    var moveForm = document.querySelector('form[data-dnd-move]');
    var placeForm = document.querySelector('form[data-dnd-place]');
    if (!editor || !moveForm || !placeForm) {
        return;
    }
    var dragged = null;
    document.querySelectorAll('[data-item-id], [data-submission-id]').forEach(function (el) {
        el.addEventListener('dragstart', function (e) {
            dragged = el;
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', el.dataset.itemId || el.dataset.submissionId);
            el.classList.add('dragging');
        });
        el.addEventListener('dragend', function () {
            el.classList.remove('dragging');
            dragged = null;
        });
    });
    editor.querySelectorAll('[data-drop-session]').forEach(function (list) {
        list.addEventListener('dragover', function (e) {
            if (dragged) {
                e.preventDefault();
                list.classList.add('drop-target');
            }
        });
        list.addEventListener('dragleave', function () {
            list.classList.remove('drop-target');
        });
        list.addEventListener('drop', function (e) {
            e.preventDefault();
            list.classList.remove('drop-target');
            if (!dragged) {
                return;
            }
            var items = Array.prototype.slice.call(list.querySelectorAll('[data-item-id]'));
            var target = e.target.closest('[data-item-id]');
            var position = target ? items.indexOf(target) : items.length;
            var form = dragged.dataset.itemId ? moveForm : placeForm;
            if (dragged.dataset.itemId) {
                var from = items.indexOf(dragged);
                // Within one list the item leaves its place first, so a later target shifts up by one.
                if (from >= 0 && position > from) {
                    position -= 1;
                }
                form.elements.ItemId.value = dragged.dataset.itemId;
            } else {
                form.elements.SubmissionId.value = dragged.dataset.submissionId;
            }
            form.elements.SessionId.value = list.dataset.dropSession;
            form.elements.Position.value = String(position);
            form.submit();
        });
    });
}());
