// The prediction page: draw on the pad or upload a photo; the server preprocesses it exactly as
// the model's training images were and answers with the top classes and the 28x28 input it saw.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const pad = $('pad');
  const ctx = pad.getContext('2d');
  const INK_WIDTH = 18;
  let drawing = false;
  let inked = false;
  let predictTimer = null;
  let requestNumber = 0;

  function clearPad() {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, pad.width, pad.height);
    inked = false;
  }

  function padPoint(event) {
    const box = pad.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) * (pad.width / box.width),
      y: (event.clientY - box.top) * (pad.height / box.height),
    };
  }

  function startStroke(event) {
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    clearTimeout(predictTimer);
    drawing = true;
    const p = padPoint(event);
    ctx.strokeStyle = '#000000';
    ctx.fillStyle = '#000000';
    ctx.lineWidth = INK_WIDTH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.arc(p.x, p.y, INK_WIDTH / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    inked = true;
  }

  function continueStroke(event) {
    if (!drawing) {
      return;
    }
    const p = padPoint(event);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  }

  function endStroke() {
    if (!drawing) {
      return;
    }
    drawing = false;
    // Wait a little: letters usually take more than one stroke.
    predictTimer = setTimeout(predictDrawing, 600);
  }

  function predictDrawing() {
    clearTimeout(predictTimer);
    if (!inked) {
      showError('Draw a letter on the pad first.');
      return;
    }
    pad.toBlob((blob) => predict(blob, 'drawing', 'your drawing'), 'image/png');
  }

  function predictFile(file) {
    if (!file) {
      return;
    }
    const preview = $('upload-preview');
    if (preview.src) {
      URL.revokeObjectURL(preview.src);
    }
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
    predict(file, 'upload', file.name);
  }

  async function predict(blob, source, label) {
    const mine = ++requestNumber;
    $('status').textContent = 'Asking the model about ' + label + '…';
    $('status').hidden = false;
    $('error').hidden = true;
    try {
      const response = await fetch('api/predict?top=5', {
        method: 'POST',
        headers: { 'Content-Type': blob.type || 'application/octet-stream' },
        body: blob,
      });
      const body = await response.json().catch(() => ({ error: 'The server answered ' + response.status + ' without details.' }));
      if (mine !== requestNumber) {
        return; // A newer request is on its way; show that one.
      }
      if (!response.ok) {
        showError(body.error || 'The server answered ' + response.status + '.');
        return;
      }
      showResult(body, source, label);
    } catch (e) {
      if (mine === requestNumber) {
        showError('The server could not be reached (' + e.message + ').');
      }
    }
  }

  function percent(p) {
    return (100 * p).toFixed(1) + '%';
  }

  function showResult(body, source, label) {
    const result = $('result');
    $('predicted').textContent = body.predicted;
    $('confidence').textContent = percent(body.probability);
    $('source').textContent = 'for ' + label + ' · ' + body.millis + ' ms';
    $('seen').src = 'data:image/png;base64,' + body.preprocessed.png;
    $('seen-size').textContent = body.preprocessed.width + '×' + body.preprocessed.height;
    const bars = $('bars');
    bars.replaceChildren();
    for (const entry of body.top) {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = entry['class'];
      const track = document.createElement('span');
      track.className = 'track';
      const fill = document.createElement('span');
      fill.className = 'fill';
      fill.style.display = 'block';
      fill.style.width = Math.max(0.5, 100 * entry.probability) + '%';
      track.appendChild(fill);
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = percent(entry.probability);
      li.append(name, track, value);
      bars.appendChild(li);
    }
    $('status').textContent = '';
    $('status').hidden = true;
    result.dataset.source = source;
    result.dataset.count = String(Number(result.dataset.count) + 1);
    result.hidden = false;
  }

  function showError(message) {
    const error = $('error');
    error.textContent = message;
    error.hidden = false;
    $('status').hidden = true;
    $('result').dataset.error = String(Number($('result').dataset.error || 0) + 1);
  }

  async function showModel() {
    try {
      const response = await fetch('api/model');
      const model = await response.json();
      const classes = model.classes;
      const range = classes.length > 6 ? classes[0] + '–' + classes[classes.length - 1] : classes.join(', ');
      let text = 'Model ' + model.name + ': ' + model.architecture + ' trained on ' + model.dataset + ', '
        + classes.length + ' classes (' + range + ')';
      if (model.metrics && typeof model.metrics.testAccuracy === 'number') {
        text += ', test accuracy ' + percent(model.metrics.testAccuracy);
      }
      $('model-info').textContent = text + '.';
      $('max-upload').textContent = (model.limits.maxUploadBytes / (1024 * 1024)).toFixed(0) + ' MB';
    } catch (e) {
      $('model-info').textContent = 'The model description could not be loaded (' + e.message + ').';
    }
  }

  pad.addEventListener('pointerdown', startStroke);
  pad.addEventListener('pointermove', continueStroke);
  pad.addEventListener('pointerup', endStroke);
  pad.addEventListener('pointercancel', endStroke);
  $('clear').addEventListener('click', () => {
    clearTimeout(predictTimer);
    clearPad();
  });
  $('predict-drawing').addEventListener('click', predictDrawing);
  $('file').addEventListener('change', (e) => predictFile(e.target.files[0]));

  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    predictFile(e.dataTransfer.files[0]);
  });

  clearPad();
  showModel();
})();
