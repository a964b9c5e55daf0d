// The check-in desk reads a ticket's QR code with the phone's camera: with the browser's BarcodeDetector where it has one
// that reads QR codes (Chrome on Android, among others), otherwise with jsQR (served from wwwroot/lib/jsqr, loaded before
// this file), which decodes the camera's frames drawn on a canvas. The token is put in the field and the form sent, as if
// pasted. Without a camera or a decoder the button stays hidden and the token is pasted or typed; the page works without
// this file.
(function () {
    'use strict';
    var form = document.querySelector('[data-check-in-form]');
    var start = document.querySelector('[data-scan-start]');
    var video = document.querySelector('[data-scan-video]');
    var status = document.querySelector('[data-scan-status]');
    if (!form || !start || !video || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }

    // A function from the playing video to a promise of the token read ('' when none is in view), or null without a decoder.
    function nativeDecoder() {
        if (!('BarcodeDetector' in window)) {
            return Promise.resolve(null);
        }
        return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
            if (formats.indexOf('qr_code') < 0) {
                return null;
            }
            var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
            return function () {
                return detector.detect(video).then(function (codes) { return codes.length > 0 ? codes[0].rawValue : ''; });
            };
        }).catch(function () { return null; });
    }

    function canvasDecoder() {
        if (typeof window.jsQR !== 'function') {
            return null;
        }
        var canvas = document.createElement('canvas');
        var context = canvas.getContext('2d', { willReadFrequently: true });
        return function () {
            var width = video.videoWidth, height = video.videoHeight;
            if (!context || width === 0 || height === 0) {
                return Promise.resolve('');
            }
            canvas.width = width;
            canvas.height = height;
            context.drawImage(video, 0, 0, width, height);
            var code = window.jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
            return Promise.resolve(code ? code.data : '');
        };
    }

    nativeDecoder().then(function (native) {
        var decode = native || canvasDecoder();
        if (!decode) {
            return;
        }
        start.hidden = false;
        start.setAttribute('data-decoder', native ? 'barcode-detector' : 'jsqr');
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
            decode().then(function (raw) {
                var token = (raw || '').trim();
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
