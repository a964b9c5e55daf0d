// The check-in desk reads a ticket's QR code with the phone's camera where the browser has BarcodeDetector
// (Chrome on Android, among others): the token is put in the field and the form sent, as if pasted.
// Without it the button stays hidden and the token is pasted or typed; the page works without this file.
(function () {
    'use strict';
    var form = document.querySelector('[data-check-in-form]');
    var start = document.querySelector('[data-scan-start]');
    var video = document.querySelector('[data-scan-video]');
    var status = document.querySelector('[data-scan-status]');
    if (!form || !start || !video || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
        if (formats.indexOf('qr_code') < 0) {
            return;
        }
        start.hidden = false;
        var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        var stream = null;

        function stop() {
            if (stream) {
                stream.getTracks().forEach(function (t) { t.stop(); });
                stream = null;
            }
            video.hidden = true;
        }

        function scan() {
            if (!stream) {
                return;
            }
            detector.detect(video).then(function (codes) {
                var token = codes.length > 0 ? codes[0].rawValue.trim() : '';
                if (token.length > 0) {
                    stop();
                    form.querySelector('input[name="token"]').value = token;
                    status.textContent = 'Ticket read: checking in…';
                    form.submit();
                } else {
                    window.setTimeout(scan, 200);
                }
            }).catch(function () { window.setTimeout(scan, 400); });
        }

        start.addEventListener('click', function () {
            if (stream) {
                stop();
                status.textContent = 'Camera off.';
                return;
            }
            navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.hidden = false;
                status.textContent = 'Point the camera at the ticket\'s QR code.';
                return video.play();
            }).then(scan).catch(function (error) {
                stop();
                status.textContent = 'The camera could not be used (' + error.name + '): paste or type the token instead.';
            });
        });
    });
})();
